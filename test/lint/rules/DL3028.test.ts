import { DL3028 } from '../../../src/lint/rules/DL3028.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3028, {
  valid: [
    // hadolint compares the program to the letter: a path is another program.
    'FROM ruby:3.3\nRUN /usr/local/bin/gem install bundler',
    'FROM ruby:3.3\nRUN gem install bundler:2.5.6',
    'FROM ruby:3.3\nRUN gem install bundler -v 2.5.6',
    'FROM ruby:3.3\nRUN gem install bundler --version 2.5.6',
    'FROM ruby:3.3\nRUN gem install bundler --version=2.5.6',
    'FROM ruby:3.3\nRUN gem update --system',
    'FROM ruby:3.3\nRUN gem install -N rails',
    'FROM ruby:3.3\nRUN bundle install'
  ],
  invalid: [
    { code: 'FROM ruby:3.3\nRUN gem install bundler', lines: [2], message: /bundler:<version>/ },
    { code: 'FROM ruby:3.3\nRUN gem i rake', lines: [2] },
    { code: 'FROM ruby:3.3\nRUN gem install bundler:2.5.6 rake', lines: [2], message: /rake:<version>/ },
    { code: 'FROM ruby:3.3\nONBUILD RUN gem install bundler', lines: [2] },
    { code: 'FROM ruby:3.3\nRUN apt-get update \\\n  && gem install --no-document rails puma', lines: [2], message: /puma/ },
    { code: 'FROM ruby:3.3 AS a\nRUN gem install x:1\nFROM ruby:3.3\nRUN gem install y', lines: [4] }
  ]
})
