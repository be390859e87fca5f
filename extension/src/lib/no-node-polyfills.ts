// Stands in for Node's `process` and `buffer` where Parcel would insert its polyfills (29 KB): lib0 only
// checks whether they exist, to tell Node from a browser, and the extension always runs in a browser.
export const Buffer = undefined
export default undefined
