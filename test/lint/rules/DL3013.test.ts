import { DL3013 } from '../../../src/lint/rules/DL3013.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3013, {
  valid: [
    'FROM python:3.12\nRUN pip install requests==2.32.3',
    "FROM python:3.12\nRUN pip install 'django>=4.2' 'celery<6' 'attrs!=23.1' 'rich~=13.0'",
    'FROM python:3.12\nRUN pip install -r requirements.txt',
    'FROM python:3.12\nRUN pip install --requirement requirements.txt',
    'FROM python:3.12\nRUN pip install .',
    'FROM python:3.12\nRUN pip install -c constraints.txt flask',
    'FROM python:3.12\nRUN pip install --index-url https://pypi.example.com/simple --extra-index-url https://x.example/simple app==1.0',
    'FROM python:3.12\nRUN pip install --target /opt/lib -t /opt/lib2 app==1.0',
    'FROM python:3.12\nRUN pip install dist/app-1.0-py3-none-any.whl ./vendor/lib',
    'FROM python:3.12\nRUN pip install git+https://github.com/org/lib.git@v1.2#egg=lib git+ssh://git@github.com/org/b.git@abc123',
    'FROM python:3.12\nRUN pipenv install requests',
    'FROM python:3.12\nRUN python -m pip install --no-cache-dir app==1.0',
    'FROM python:3.12\nRUN pip download requests'
  ],
  invalid: [
    { code: 'FROM python:3.12\nRUN pip install requests', lines: [2], message: /\(requests\)/ },
    { code: 'FROM python:3.12\nRUN pip3 install --no-cache-dir \\\n  flask==3.0 \\\n  gunicorn', lines: [2], message: /\(gunicorn\)/ },
    { code: 'FROM python:3.12\nRUN python3 -m pip install --upgrade pip', lines: [2], message: /\(pip\)/ },
    { code: 'FROM python:3.12\nONBUILD RUN pip install flask', lines: [2] },
    { code: 'FROM python:3.12\nRUN pipx install black', lines: [2] },
    { code: 'FROM python:3.12\nRUN pip install git+https://github.com/org/lib.git#egg=lib', lines: [2] },
    { code: 'FROM python:3.12\nRUN pip install git+ssh://git@github.com/org/lib.git', lines: [2] },
    { code: 'FROM python:3.12\nRUN <<EOF\npip install flask\nEOF', lines: [2] },
    { code: 'FROM python:3.12 AS a\nRUN pip install -i https://pypi.example.com/simple a\nFROM python:3.12\nRUN pip install b==1', lines: [2], message: /\(a\)/ }
  ]
})
