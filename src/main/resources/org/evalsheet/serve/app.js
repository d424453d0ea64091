// evalsheet serve: a little plain JavaScript on top of pages that work without it.
// The board refreshes itself when the watcher writes a new round, and filters as one types; the self-check uploads
// each chosen or dropped workbook and shows its page without leaving the page.
(function () {
  'use strict';

  function board(root) {
    var revision = root.getAttribute('data-revision');
    var search = document.getElementById('q');
    var timer = null;

    function refresh(url, push) {
      var fragment = url + (url.indexOf('?') < 0 ? '?' : '&') + 'fragment=1';
      fetch(fragment, { credentials: 'same-origin' }).then(function (r) {
        if (!r.ok) { throw new Error(r.status); }
        return r.text();
      }).then(function (html) {
        var box = document.getElementById('board');
        box.innerHTML = html;
        revision = box.querySelector('[data-revision]') ? box.querySelector('[data-revision]').getAttribute('data-revision') : revision;
        if (push) { history.replaceState(null, '', url); }
      }).catch(function () { /* the next poll tries again */ });
    }

    function currentUrl() {
      return location.pathname + location.search;
    }

    // Tabs and sort links: load the fragment instead of the whole page, keeping the search box and its focus.
    root.addEventListener('click', function (ev) {
      var a = ev.target.closest('a[data-nav]');
      if (a) {
        ev.preventDefault();
        refresh(a.getAttribute('href'), true);
        return;
      }
      var tr = ev.target.closest('tr[data-href]');
      if (tr && !ev.target.closest('a')) {
        location.href = tr.getAttribute('data-href');
      }
    });
    root.addEventListener('keydown', function (ev) {
      var tr = ev.target.closest && ev.target.closest('tr[data-href]');
      if (tr && ev.key === 'Enter' && ev.target === tr) {
        location.href = tr.getAttribute('data-href');
      }
    });
    if (search) {
      search.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
          var params = new URLSearchParams(location.search);
          if (search.value) { params.set('q', search.value); } else { params.delete('q'); }
          var qs = params.toString();
          refresh(location.pathname + (qs ? '?' + qs : ''), true);
        }, 200);
      });
    }
    // Poll a tiny endpoint: cheaper than a held connection, and it survives proxies and sleeping laptops.
    setInterval(function () {
      fetch('/api/revision', { credentials: 'same-origin' }).then(function (r) { return r.ok ? r.text() : null; })
        .then(function (rev) {
          if (rev !== null && rev.trim() !== String(revision)) {
            revision = rev.trim();
            refresh(currentUrl(), false);
          }
        }).catch(function () {});
    }, 2000);
  }

  function check(root) {
    var input = document.getElementById('files');
    var drop = document.getElementById('drop');
    var results = document.getElementById('results');
    var status = document.getElementById('check-status');

    function say(text) { status.textContent = text; }

    function upload(file) {
      var section = document.createElement('section');
      section.setAttribute('aria-busy', 'true');
      var p = document.createElement('p');
      p.className = 'notice';
      p.textContent = '正在检查：' + file.name + ' ……';
      section.appendChild(p);
      results.insertBefore(section, results.firstChild);
      var form = new FormData();
      form.append('file', file, file.name);
      return fetch('/api/check', { method: 'POST', body: form, credentials: 'same-origin' }).then(function (r) {
        if (r.ok) {
          return r.json().then(function (json) {
            return fetch(json.page + '?fragment=1', { credentials: 'same-origin' }).then(function (page) { return page.text(); });
          });
        }
        // 413 and 503 come as a short page in Chinese: show its message.
        return r.text().then(function (html) {
          var doc = new DOMParser().parseFromString(html, 'text/html');
          var msg = doc.querySelector('[data-message]');
          var div = document.createElement('div');
          var note = document.createElement('p');
          note.className = 'notice bad';
          note.textContent = file.name + '：' + (msg ? msg.textContent : '检查失败（' + r.status + '）');
          div.appendChild(note);
          return div.innerHTML;
        });
      }).then(function (html) {
        section.innerHTML = html;
        section.removeAttribute('aria-busy');
      }).catch(function () {
        p.className = 'notice bad';
        p.textContent = file.name + '：无法连接服务器，请稍后重试';
        section.removeAttribute('aria-busy');
      });
    }

    function uploadAll(chosen) {
      // A copy: clearing the input afterwards empties its live FileList.
      var files = Array.prototype.slice.call(chosen || []);
      if (!files.length) { return; }
      say('正在检查 ' + files.length + ' 个文件……');
      var chain = Promise.resolve();
      files.forEach(function (f) { chain = chain.then(function () { return upload(f); }); });
      chain.then(function () {
        say('检查完成：' + files.length + ' 个文件。');
        var first = results.querySelector('h2');
        if (first) { first.setAttribute('tabindex', '-1'); first.focus(); }
      });
    }

    root.querySelector('form').addEventListener('submit', function (ev) {
      ev.preventDefault();
      uploadAll(input.files);
      input.value = '';
    });
    input.addEventListener('change', function () { uploadAll(input.files); input.value = ''; });
    ['dragenter', 'dragover'].forEach(function (t) {
      drop.addEventListener(t, function (ev) { ev.preventDefault(); drop.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (t) {
      drop.addEventListener(t, function (ev) { ev.preventDefault(); drop.classList.remove('over'); });
    });
    drop.addEventListener('drop', function (ev) { uploadAll(ev.dataTransfer.files); });
  }

  var b = document.querySelector('[data-page="board"]');
  if (b) { board(b); }
  var c = document.querySelector('[data-page="check"]');
  if (c) { check(c); }
}());
