import { DL3032 } from '../../../src/lint/rules/DL3032.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3032, {
  valid: [
    'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all',
    'FROM centos:7\nRUN yum install -y httpd-2.4.6 && rm -rf /var/cache/yum/*',
    'FROM centos:7\nRUN yum install -y httpd-2.4.6 && rm -rf /tmp/build',
    'FROM centos:7\nRUN yum install -y a-1 \\\n  && yum clean all',
    'FROM centos:7\nRUN yum makecache',
    'FROM centos:7\nONBUILD RUN yum install -y a-1 && yum clean all',
    'FROM centos:7\nRUN dnf install -y a-1'
  ],
  invalid: [
    { code: 'FROM centos:7\nRUN yum install -y httpd-2.4.6', lines: [2], message: /yum clean all/ },
    { code: 'FROM centos:7\nRUN yum clean all && yum install -y httpd-2.4.6', lines: [2] },
    { code: 'FROM centos:7\nONBUILD RUN yum install -y httpd-2.4.6', lines: [2] },
    { code: 'FROM centos:7\nRUN yum install -y a-1 && yum clean all && yum install -y b-1', lines: [2] },
    { code: 'FROM centos:7\nRUN rm -fr /var/cache/yum && yum install -y \\\n  a-1', lines: [2] },
    { code: 'FROM centos:7 AS a\nRUN yum install -y a-1\nFROM centos:7\nRUN yum install -y b-1 && yum clean all', lines: [2] }
  ]
})
