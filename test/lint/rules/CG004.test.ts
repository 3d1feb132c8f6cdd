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
    'FROM docker.io/library/ruby:3.3-slim',
    'FROM amazoncorretto:21-al2023-jre',
    'FROM sapmachine:21-jre-ubuntu',
    'FROM ibm-semeru-runtimes:open-21-jre',
    'FROM public.ecr.aws/docker/library/node:20-slim',
    'FROM mirror.gcr.io/library/python:3.12-alpine',
    'FROM gcc:13 AS Build\nFROM gcr.io/distroless/cc-debian12',
    'ARG BASE=ubuntu:24.04\nFROM ${BASE} AS base\nFROM --platform=linux/amd64 alpine:3.20',
    'FROM --platform=$BUILDPLATFORM buildpack-deps:bookworm AS build\nFROM debian:12-slim',
    '# escape=`\nFROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nFROM mcr.microsoft.com/dotnet/aspnet:8.0'
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
    { code: 'FROM --platform=linux/amd64 rockylinux:9', lines: [1] },
    { code: 'FROM eclipse-temurin:21', lines: [1], message: /SDK image eclipse-temurin:21/ },
    { code: 'FROM openjdk:21', lines: [1] },
    { code: 'FROM sapmachine:21', lines: [1] },
    { code: 'FROM ibm-semeru-runtimes:open-21-jdk', lines: [1] },
    { code: 'FROM amazoncorretto:21-alpine', lines: [1] },
    { code: 'FROM public.ecr.aws/docker/library/node:20', lines: [1] },
    { code: 'FROM mirror.gcr.io/library/ubuntu:24.04', lines: [1] },
    { code: 'FROM registry-1.docker.io/library/golang:1.22', lines: [1] },
    { code: 'FROM gcc:13', lines: [1] },
    { code: 'FROM buildpack-deps:bookworm', lines: [1] },
    { code: 'ARG BASE=eclipse-temurin:21\nFROM $BASE AS Runtime\nFROM runtime', lines: [3] },
    { code: '# escape=`\nFROM mcr.microsoft.com/dotnet/sdk:8.0 `\n  AS final', lines: [2] }
  ]
})
