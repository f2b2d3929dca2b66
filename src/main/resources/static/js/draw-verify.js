// Recomputes a published draw in the visitor's browser (docs/adr/0026-the-draw.md): the population's SHA-256, each
// candidate's key = lowercase hex SHA-256 of "{seed}|{subjectCode}", the n smallest keys per stratum, and the inspectors
// with "{seed}|{subjectCode}|{certificateNumber}", per department group for a joint task. Masked lines (natural persons, with '*') cannot be recomputed: the
// unmasked drawn must then be the first unmasked by key.
(function () {
  'use strict';
  var box = document.getElementById('draw-verify');
  if (!box) { return; }
  var say = function (key, extra, css) {
    box.textContent = box.getAttribute('data-' + key) + (extra ? ' ' + extra : '');
    box.className = 'alert ' + css;
    box.setAttribute('data-result', key);
  };
  if (!window.crypto || !window.crypto.subtle || !window.TextEncoder) {
    say('unsupported', '', 'alert-warning');
    return;
  }
  var encoder = new TextEncoder();
  var hex = function (buffer) {
    return Array.prototype.map.call(new Uint8Array(buffer), function (b) {
      return ('0' + b.toString(16)).slice(-2);
    }).join('');
  };
  var sha = function (text) {
    return window.crypto.subtle.digest('SHA-256', encoder.encode(text)).then(hex);
  };
  var byKey = function (a, b) {
    return a.key < b.key ? -1 : a.key > b.key ? 1 : (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  };
  var same = function (a, b) {
    return a.length === b.length && a.every(function (x, i) { return x === b[i]; });
  };
  var masked = function (code) { return code.indexOf('*') >= 0; };
  var api = box.getAttribute('data-api');
  var draw;
  fetch(api, { headers: { Accept: 'application/json' } }).then(function (r) { return r.json(); }).then(function (d) {
    draw = d;
    return fetch(api + '/population').then(function (r) { return r.text(); });
  }).then(function (population) {
    return sha(population).then(function (digest) {
      if (digest !== draw.populationSha256) { return { ok: false }; }
      var lines = population.split('\n');
      if (lines[lines.length - 1] === '') { lines.pop(); }
      var candidates = {};
      lines.forEach(function (line) {
        var comma = line.indexOf(',');
        var stratum = line.substring(0, comma);
        (candidates[stratum] = candidates[stratum] || []).push(line.substring(comma + 1));
      });
      var maskedCount = 0;
      var checks = draw.strata.map(function (s) {
        var codes = candidates[s.stratum] || [];
        if (codes.length !== s.size) { return Promise.resolve(false); }
        var open = codes.filter(function (c) { return !masked(c); });
        maskedCount += codes.length - open.length;
        return Promise.all(open.map(function (c) {
          return sha(draw.seed + '|' + c).then(function (k) { return { key: k, code: c }; });
        })).then(function (keyed) {
          keyed.sort(byKey);
          var drawnOpen = s.drawn.filter(function (c) { return !masked(c); });
          var expected = keyed.slice(0, open.length === codes.length ? s.n : drawnOpen.length)
            .map(function (k) { return k.code; });
          return s.drawn.length === s.n && same(expected, drawnOpen);
        });
      });
      // the first k eligible by key "{seed}|{subjectCode}|{certificateNumber}" must be the drawn, in order
      var firstK = function (subjectCode, eligible, k, drawn) {
        return Promise.all(eligible.map(function (c) {
          return sha(draw.seed + '|' + subjectCode + '|' + c).then(function (key) { return { key: key, code: c }; });
        })).then(function (keyed) {
          keyed.sort(byKey);
          return same(keyed.slice(0, k).map(function (x) { return x.code; }), drawn);
        });
      };
      var inspectorChecks = [];
      (draw.inspectors || []).filter(function (i) { return !masked(i.subjectCode); }).forEach(function (i) {
        if (i.groups && i.groups.length) {
          // a joint task: each department drew its own inspectors (docs/adr/0032-inspectors-library-and-recusal.md)
          i.groups.forEach(function (g) {
            inspectorChecks.push(firstK(i.subjectCode, g.eligible, g.k, g.drawn));
          });
        } else {
          inspectorChecks.push(firstK(i.subjectCode, i.eligible, draw.inspectorsPerSubject, i.drawn));
        }
      });
      return Promise.all(checks.concat(inspectorChecks)).then(function (results) {
        return { ok: results.every(Boolean), masked: maskedCount };
      });
    });
  }).then(function (result) {
    if (!result.ok) {
      say('mismatch', '', 'alert-danger');
    } else if (result.masked > 0) {
      say('partial', String(result.masked), 'alert-success');
    } else {
      say('matches', '', 'alert-success');
    }
  }).catch(function () {
    say('mismatch', '', 'alert-danger');
  });
}());
