export { createReferenceRunner } from './runner';
export { simulate } from './simulate';
