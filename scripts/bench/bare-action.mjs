// The bare action the benchmark compares the action's cold start with: an ncc
// bundle of just @actions/core and @actions/github doing next to nothing.
import * as core from '@actions/core';
import * as github from '@actions/github';

core.info(`bare action for ${github.context.repo.owner}/${github.context.repo.repo}`);
core.setOutput('result', 'ok');
