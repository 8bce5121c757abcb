/** Expected failures of a request, thrown inside the session and posted as `error` events. */
export class RequestError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

export const notLoaded = (): RequestError =>
  new RequestError('NotLoadedError', 'nothing to run: load a circuit first');
