import { CG011 } from '../../../src/lint/rules/CG011.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(CG011, {
  valid: [
    'FROM debian:12\nRUN curl -fsSL -o install.sh https://example.com/install.sh \\\n && echo "abc123  install.sh" | sha256sum -c - \\\n && sh install.sh',
    'FROM debian:12\nRUN curl -fsSLO https://example.com/install.sh && gpg --verify install.sh.asc install.sh && bash install.sh',
    'FROM debian:12\nRUN curl -fsSL https://example.com/app.tgz | tar -xz -C /opt',
    'FROM debian:12\nRUN curl -fsSL https://example.com/key.gpg | gpg --dearmor -o /usr/share/keyrings/x.gpg',
    'FROM debian:12\nRUN curl -s https://api.github.com/repos/a/b/releases/latest | python3 -c "import json,sys; print(json.load(sys.stdin)[\'tag_name\'])"',
    'FROM debian:12\nRUN curl -s https://example.com/data.json | node -e "process.stdin.pipe(process.stdout)"',
    'FROM debian:12\nRUN curl -s https://example.com/x.txt | perl -ne "print"',
    'FROM debian:12\nRUN curl -s https://example.com/list | sh -c "cat > /etc/list"',
    'FROM debian:12\nRUN curl -s https://example.com/data | python3 parse.py',
    'FROM debian:12\nRUN wget https://example.com/install.sh | sh',
    'FROM debian:12\nRUN wget -O install.sh https://example.com/install.sh && sh install.sh',
    'FROM debian:12\nRUN curl -o /tmp/x.sh https://example.com/x.sh | sh',
    'FROM debian:12\nRUN curl -fsSL https://example.com/install.sh > install.sh && bash install.sh',
    'FROM debian:12\nRUN sh -c "$(curl -fsSL https://example.com/install.sh)"',
    'FROM debian:12\nCMD curl -fsSL https://example.com/run.sh | sh',
    'FROM debian:12\nRUN echo "curl https://example.com | sh"'
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN curl -fsSL https://example.com/install.sh | bash', lines: [2], message: 'RUN pipes curl output into bash: download the script to a file, verify it (sha256sum -c, gpg --verify), then run it' },
    { code: 'FROM debian:12\nRUN curl -sSf https://sh.rustup.rs | sh -s -- -y', lines: [2], message: /curl output into sh/ },
    { code: 'FROM debian:12\nRUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash - && apt-get install -y nodejs', lines: [2] },
    { code: 'FROM debian:12\nRUN curl -fsSL https://deb.nodesource.com/setup_20.x | sudo -E bash -', lines: [2] },
    { code: 'FROM debian:12\nRUN curl -fsSL https://example.com/install.sh | sudo -u app /bin/bash', lines: [2] },
    { code: 'FROM debian:12\nRUN curl -sSL https://install.python-poetry.org | python3 -', lines: [2], message: /into python3/ },
    { code: 'FROM debian:12\nRUN curl -L https://cpanmin.us | perl - App::cpanminus', lines: [2], message: /into perl/ },
    { code: 'FROM debian:12\nRUN curl -fsSL https://example.com/x.rb | ruby', lines: [2] },
    { code: 'FROM debian:12\nRUN curl -fsSL https://example.com/x.js | node', lines: [2] },
    { code: 'FROM alpine:3.20\nRUN wget -qO- https://example.com/install.sh | ash', lines: [2], message: /wget output into ash/ },
    { code: 'FROM alpine:3.20\nRUN wget -O - https://example.com/install.sh | sh', lines: [2] },
    { code: 'FROM alpine:3.20\nRUN wget --output-document=- https://example.com/install.sh | dash', lines: [2] },
    { code: 'FROM alpine:3.20\nRUN wget -q -O /dev/stdout https://example.com/install.sh | zsh', lines: [2] },
    { code: 'FROM debian:12\nRUN curl -o - https://example.com/install.sh | env FOO=1 bash', lines: [2] },
    { code: 'FROM debian:12\nRUN /usr/bin/curl -fsSL https://example.com/install.sh | /bin/bash -e', lines: [2] },
    { code: 'FROM debian:12 AS tools\nRUN curl -fsSL https://example.com/i.sh | sh\nFROM debian:12\nRUN true', lines: [2] },
    { code: 'FROM debian:12\nRUN apt-get update \\\n && curl -fsSL https://example.com/i.sh | sh \\\n && rm -rf /var/lib/apt/lists/*', lines: [2] },
    { code: 'FROM debian:12\nRUN <<EOF\nset -e\ncurl -fsSL https://example.com/i.sh | sh\nEOF', lines: [2] }
  ]
})
