export { constructError } from '../rollouts/errors.js';
