import { CG004 } from '../../../src/lint/rules/CG004.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(CG004, {
  valid: [
    'FROM debian:12-slim',
    'FROM node:20-alpine',
    'FROM python:3.12-slim-bookworm',
    'FROM gcr.io/distroless/static-debian12:nonroot',
    'FROM eclipse-temurin:21-jre',
    'FROM golang:1.22 AS build\nFROM alpine:3.20',
    'FROM ubuntu:24.04 AS build\nFROM scratch',
    'ARG BASE\nFROM ${BASE}',
    'FROM docker.io/library/ruby:3.3-slim'
  ],
  invalid: [
    { code: 'FROM ubuntu:24.04', lines: [1], message: /slim, alpine or distroless/ },
    { code: 'FROM debian:bookworm', lines: [1] },
    { code: 'FROM node', lines: [1] },
    { code: 'FROM docker.io/library/python:3.12', lines: [1] },
    { code: 'FROM docker.io/ruby:3.3', lines: [1] },
    { code: 'FROM opensuse/leap:15.6', lines: [1] },
    { code: 'FROM golang:1.22-alpine', lines: [1] },
    { code: 'FROM eclipse-temurin:21-jdk', lines: [1] },
    { code: 'FROM openjdk', lines: [1] },
    { code: 'FROM mcr.microsoft.com/dotnet/sdk:8.0', lines: [1] },
    { code: 'ARG BASE=ubuntu:22.04\nFROM ${BASE}', lines: [2] },
    { code: 'FROM alpine:3.20 AS build\nFROM fedora:40 AS base\nFROM base', lines: [3] },
    { code: 'FROM --platform=linux/amd64 rockylinux:9', lines: [1] }
  ]
})
