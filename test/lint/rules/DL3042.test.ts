import { DL3042 } from '../../../src/lint/rules/DL3042.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3042, {
  valid: [
    // hadolint compares the program to the letter: a path is another program.
    'FROM python:3.12\nRUN /usr/local/bin/pip install flask==3.0.3',
    'FROM python:3.12\nRUN pip install --no-cache-dir flask==3.0.3',
    'FROM python:3.12\nRUN python -m pip install --no-cache-dir -r requirements.txt',
    'FROM python:3.12\nRUN PIP_NO_CACHE_DIR=1 pip install flask==3.0.3',
    'FROM python:3.12\nENV PIP_NO_CACHE_DIR=true\nRUN pip install flask==3.0.3',
    'FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=YES\nFROM base\nRUN pip install flask==3.0.3',
    'FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0.3',
    'FROM python:3.12\nRUN pipx install black',
    'FROM python:3.12\nRUN pipenv install',
    'FROM python:3.12\nRUN python -m pipx install black',
    'FROM python:3.12\nRUN pip download flask'
  ],
  invalid: [
    { code: 'FROM python:3.12\nRUN pip install flask==3.0.3', lines: [2], output: 'FROM python:3.12\nRUN pip install --no-cache-dir flask==3.0.3' },
    { code: 'FROM python:3.12\nRUN python3 -m pip install -r requirements.txt', lines: [2], output: 'FROM python:3.12\nRUN python3 -m pip install --no-cache-dir -r requirements.txt' },
    { code: 'FROM python:3.12\nONBUILD RUN pip3 install -r requirements.txt', lines: [2], output: 'FROM python:3.12\nONBUILD RUN pip3 install --no-cache-dir -r requirements.txt' },
    { code: 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=0\nRUN pip install x==1', lines: [3], output: 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=0\nRUN pip install --no-cache-dir x==1' },
    { code: 'FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.11 AS other\nRUN pip install x==1', lines: [4], output: 'FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.11 AS other\nRUN pip install --no-cache-dir x==1' },
    { code: 'FROM python:3.12\nRUN pip install a==1 && echo install && pip install b==2', lines: [2], output: 'FROM python:3.12\nRUN pip install --no-cache-dir a==1 && echo install && pip install --no-cache-dir b==2' },
    { code: 'FROM python:3.12\nRUN pip install \\\n  flask==3.0.3', lines: [2], output: 'FROM python:3.12\nRUN pip install --no-cache-dir \\\n  flask==3.0.3' },
    { code: 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nONBUILD RUN pip install x==1', lines: [3], output: 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nONBUILD RUN pip install --no-cache-dir x==1' }
  ]
})
