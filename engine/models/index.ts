export * from './order';
export * from './coefficients';
export * from './li';
export * from './lif';
export * from './rng';
export * from './generators';
