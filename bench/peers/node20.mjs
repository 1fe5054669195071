// PostGraphile 5.1 declares Node >= 22. The only Node 22 API it calls (grep of grafast,
// @dataplan/pg and grafserv) is Promise.withResolvers; without it every query fails with
// "Cannot read properties of undefined (reading 'items')". Imported first, so it is defined
// before PostGraphile loads. A no-op on Node 22+.
if (!Promise.withResolvers) {
  Promise.withResolvers = function withResolvers() {
    let resolve, reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
