import { DL3001 } from '../../../src/lint/rules/DL3001.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3001, {
  valid: [
    'FROM debian:12\nRUN apt-get install -y openssh-client',
    'FROM debian:12\nRUN echo ssh vim top',
    'FROM debian:12\nRUN ifconfig',
    'FROM debian:12\nCMD ["top"]',
    'FROM debian:12\nRUN /usr/bin/vim --version',
    'FROM debian:12\nRUN pkill -f app || true',
    'FROM debian:12\nRUN cat <<EOF > /etc/motd\nservice start\nEOF'
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN service nginx start', lines: [2], message: /service makes no sense/ },
    { code: 'FROM debian:12\nRUN apt-get update && \\\n  vim /etc/hosts', lines: [2] },
    { code: 'FROM debian:12\nRUN ps aux | grep app; kill 1', lines: [2], message: /ps, kill/ },
    { code: 'FROM debian:12\nONBUILD RUN mount /dev/sda1 /mnt', lines: [2] },
    { code: 'FROM debian:12\nRUN ["ssh", "host"]', lines: [2] },
    { code: 'FROM debian:12\nRUN <<EOF\nfree -m\nEOF', lines: [2] },
    { code: 'FROM debian:12 AS a\nRUN top -b -n1\nFROM debian:12\nRUN shutdown -h now', lines: [2, 4] }
  ]
})
