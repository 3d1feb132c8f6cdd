import { DL3030 } from '../../../src/lint/rules/DL3030.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3030, {
  valid: [
    // hadolint compares the program to the letter: a path is another program.
    'FROM centos:7\nRUN /usr/bin/yum install httpd',
    'FROM centos:7\nRUN yum install -y httpd-2.4.6',
    'FROM centos:7\nRUN yum -y install httpd',
    'FROM centos:7\nRUN yum install --assumeyes httpd',
    'FROM centos:7\nRUN yum -qy groupinstall "Development Tools"',
    'FROM centos:7\nRUN yum update',
    'FROM fedora:40\nRUN dnf install httpd',
    'FROM centos:7\nRUN echo yum install httpd'
  ],
  invalid: [
    { code: 'FROM centos:7\nRUN yum install httpd', lines: [2], output: 'FROM centos:7\nRUN yum install -y httpd' },
    { code: 'FROM centos:7\nRUN yum groupinstall "Development Tools"', lines: [2], output: 'FROM centos:7\nRUN yum groupinstall -y "Development Tools"' },
    { code: 'FROM centos:7\nRUN yum localinstall /tmp/x.rpm && yum -y install git && yum install vim', lines: [2], output: 'FROM centos:7\nRUN yum localinstall -y /tmp/x.rpm && yum -y install git && yum install -y vim' },
    { code: 'FROM centos:7\nONBUILD RUN --mount=type=cache,target=/var/cache/yum yum install httpd', lines: [2], output: 'FROM centos:7\nONBUILD RUN --mount=type=cache,target=/var/cache/yum yum install -y httpd' },
    { code: 'FROM centos:7\nRUN echo install; yum install httpd', lines: [2], output: 'FROM centos:7\nRUN echo install; yum install -y httpd' },
    { code: 'FROM centos:7\nRUN yum makecache \\\n  && yum install httpd', lines: [2], output: 'FROM centos:7\nRUN yum makecache \\\n  && yum install -y httpd' },
    { code: 'FROM centos:7\nRUN ["yum", "install", "httpd"]', lines: [2], output: null },
    { code: 'FROM centos:7 AS a\nRUN yum install -y a\nFROM centos:7\nrun yum install b', lines: [4], output: 'FROM centos:7 AS a\nRUN yum install -y a\nFROM centos:7\nrun yum install -y b' }
  ]
})
