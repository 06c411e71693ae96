// "Copy reference": puts the reference on the clipboard as HTML (italics kept when pasted into a
// word processor) and as plain text. Uses the Clipboard API where the page may (file:// and https),
// else the selection, so it works with no network and on any web server.
(function () {
  'use strict';
  var status = document.getElementById('copy-status');
  function say(text) {
    status.textContent = text;
  }
  function copyBySelection(node) {
    var selection = window.getSelection();
    var range = document.createRange();
    range.selectNodeContents(node);
    selection.removeAllRanges();
    selection.addRange(range);
    var copied = false;
    try {
      copied = document.execCommand('copy');
    } catch (e) {
      copied = false;
    }
    if (copied) {
      selection.removeAllRanges();
    }
    return copied;
  }
  function copy(button) {
    var node = document.getElementById(button.getAttribute('data-copy'));
    var text = node.textContent.replace(/\s+/g, ' ').trim();
    var done = function () { say('Reference copied.'); };
    var fallback = function () {
      if (copyBySelection(node)) {
        done();
      } else {
        say('The reference is selected: press Ctrl+C (or \u2318C) to copy it.');
      }
    };
    if (window.isSecureContext && navigator.clipboard && window.ClipboardItem) {
      var item = new window.ClipboardItem({
        'text/html': new Blob([node.innerHTML], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' })
      });
      navigator.clipboard.write([item]).then(done, fallback);
    } else {
      fallback();
    }
  }
  var buttons = document.querySelectorAll('button.copy');
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].hidden = false;
    buttons[i].addEventListener('click', function (event) { copy(event.currentTarget); });
  }
}());
