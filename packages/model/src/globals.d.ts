// The model runs in Node, browsers and extension workers; all of them provide Web Crypto, but the
// model compiles without DOM or Node types, so the one function it uses is declared here.
declare const crypto: { getRandomValues<T extends ArrayBufferView>(array: T): T }
