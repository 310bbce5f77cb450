// The progress notice: model, narrative parsing, and the GB/T 9704 layout the renderers share.
export * from './build';
export * from './layout';
export * from './model';
export * from './narrative';
