import { CG012 } from '../../../src/lint/rules/CG012.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(CG012, {
  valid: [
    'FROM node:22.11-slim',
    'FROM node:latest',
    'FROM node',
    'FROM python:3.12-slim-bookworm',
    'FROM debian:bookworm-slim',
    'FROM node:20-lts',
    'FROM alpine:3.20',
    'FROM rust:1.82-slim',
    'FROM node:ltsc2022',
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022',
    'FROM node:lts@sha256:0000000000000000000000000000000000000000000000000000000000000000',
    'FROM node:lts-alpine@sha256:0000000000000000000000000000000000000000000000000000000000000000',
    'FROM scratch',
    'FROM node:22.11-slim AS lts\nFROM lts',
    'FROM node:22.11-slim AS stable\nFROM stable AS edge',
    'ARG TAG\nFROM node:${TAG}',
    'FROM nginx:1.27-alpine AS mainline'
  ],
  invalid: [
    { code: 'FROM node:lts', lines: [1], message: 'FROM node:lts follows the "lts" channel, which moves to new releases: pin a version tag (e.g. node:<version>)' },
    { code: 'FROM node:lts-alpine', lines: [1], message: /"lts" channel/ },
    { code: 'FROM node:LTS-slim', lines: [1] },
    { code: 'FROM node:current-alpine', lines: [1], message: /"current" channel/ },
    { code: 'FROM debian:stable-slim', lines: [1] },
    { code: 'FROM debian:stable', lines: [1] },
    { code: 'FROM debian:testing', lines: [1] },
    { code: 'FROM debian:sid-slim', lines: [1] },
    { code: 'FROM debian:unstable', lines: [1] },
    { code: 'FROM alpine:edge', lines: [1] },
    { code: 'FROM ubuntu:rolling', lines: [1] },
    { code: 'FROM nginx:mainline-alpine', lines: [1] },
    { code: 'FROM rustlang/rust:nightly-slim', lines: [1] },
    { code: 'FROM rustlang/rust:nightly', lines: [1] },
    { code: 'FROM ghcr.io/org/app:latest-dev', lines: [1], message: /"latest" channel/ },
    { code: 'FROM node:lts AS build\nFROM nginx:stable-alpine', lines: [1, 2] },
    { code: 'ARG NODE=lts\nFROM node:${NODE}-alpine', lines: [2], message: /FROM node:lts-alpine/ },
    { code: 'FROM --platform=$BUILDPLATFORM node:lts-slim AS build', lines: [1] }
  ]
})
