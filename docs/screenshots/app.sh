#!/bin/sh
# The example service: docs/examples/Dockerfile copies it into the image the screenshots are taken of.
exec echo "hello from the example"
