// Material's search splits each run of Chinese characters in a query into words of its
// index, but its loop stops one character short of the run's end, so the last word is
// lost: 梯度清零 is searched as 梯度 alone. One more character after each run, which is in
// no page (so never a word of the index), lets that loop reach the run's real end.
// (Queries reach Material's search worker as {type: 2, data: query}.)
var SEARCH_RUN_END = "\u9f98";  // 龘: tests/test_built_site.py checks that no page uses it

(function () {
  var send = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message) {
    if (message && message.type === 2 && typeof message.data === "string") {
      arguments[0] = Object.assign({}, message, {
        data: message.data.replace(/\p{sc=Han}+/gu, function (run) { return run + SEARCH_RUN_END; }),
      });
    }
    return send.apply(this, arguments);
  };
})();
