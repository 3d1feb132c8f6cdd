import { DL3033 } from '../../../src/lint/rules/DL3033.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3033, {
  valid: [
    'FROM centos:7\nRUN yum install -y httpd-2.4.6',
    'FROM centos:7\nRUN yum install -y tomcat-7.0.76-16.el7_9 python3-3.6.8~rc1^git',
    'FROM centos:7\nRUN yum install -y /tmp/my-package.rpm',
    'FROM centos:7\nRUN yum module install -y nodejs:18',
    'FROM centos:7\nARG HTTPD_VERSION=2.4.6\nRUN yum install -y httpd-${HTTPD_VERSION}',
    'FROM centos:7 AS base\nENV V=2.4.6\nFROM base\nRUN yum install -y httpd-${V}',
    'FROM centos:7\nRUN yum update -y',
    'FROM centos:7\nRUN dnf install -y httpd'
  ],
  invalid: [
    { code: 'FROM centos:7\nRUN yum install -y httpd', lines: [2] },
    { code: 'FROM centos:7\nRUN yum install -y python3-devel', lines: [2] },
    { code: 'FROM centos:7\nRUN yum module install -y nodejs', lines: [2] },
    { code: 'FROM centos:7\nONBUILD RUN yum install -y httpd', lines: [2] },
    { code: 'FROM centos:7\nRUN yum install -y httpd-${UNDECLARED}', lines: [2] },
    { code: 'FROM centos:7 AS a\nENV V=1\nFROM centos:7\nRUN yum install -y \\\n  git-${V}', lines: [4] },
    { code: 'FROM centos:7\nENV V=1\nONBUILD RUN yum install -y git-${V}', lines: [3] },
    { code: 'FROM centos:7\nRUN yum install -y package.rpm', lines: [2] }
  ]
})
