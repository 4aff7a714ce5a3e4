/** Raised when a config asks the model for behaviour it does not reproduce. */
export class ModelError extends Error {
  readonly code: 'E_NOT_MODELLED' | 'E_CONFIG';

  constructor(code: ModelError['code'], message: string) {
    super(message);
    this.name = 'ModelError';
    this.code = code;
  }
}
