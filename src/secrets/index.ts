import './reference-rules.js';
