/* global window */
/*
 * A mock Office host for the browser test, served in place of appsforoffice.microsoft.com/.../office.js.
 * It models one compose item in Outlook (Mailbox 1.15) whose state lives in window.__zv, and
 * OfficeRuntime.storage in window.__zvStorage, so the test can read what the pane wrote.
 * The test sets window.__zvSetup = { displayLanguage, state } before the page loads.
 */
(function () {
  var setup = window.__zvSetup || {};
  var state = (window.__zv = Object.assign(
    {
      subject: "",
      body: "",
      from: { emailAddress: "dr.jansen@praktijkdekroon.nl", displayName: "Dr. Jansen" },
      to: [],
      cc: [],
      bcc: [],
      headers: {},
      session: {},
      sent: 0,
      initContext: null,
      calls: [],
    },
    setup.state || {}
  ));
  var storage = (window.__zvStorage = {});
  function ok(value) {
    return { status: "succeeded", value: value, error: null };
  }
  function later(cb, result) {
    if (cb)
      setTimeout(function () {
        cb(result);
      }, 0);
  }
  function copy(list) {
    return list.map(function (p) {
      return { emailAddress: p.emailAddress, displayName: p.displayName || p.emailAddress };
    });
  }
  function recipients(field) {
    return {
      getAsync: function (cb) {
        later(cb, ok(copy(state[field])));
      },
      setAsync: function (list, opts, cb) {
        if (typeof opts === "function") cb = opts;
        state.calls.push(field + ".setAsync");
        state[field] = copy(list);
        later(cb, ok());
      },
    };
  }
  var item = {
    itemType: "message",
    subject: {
      getAsync: function (cb) {
        later(cb, ok(state.subject));
      },
      setAsync: function (s, opts, cb) {
        if (typeof opts === "function") cb = opts;
        state.calls.push("subject.setAsync");
        state.subject = s;
        later(cb, ok());
      },
    },
    body: {
      getAsync: function (type, opts, cb) {
        if (typeof opts === "function") cb = opts;
        later(cb, ok(state.body));
      },
      getTypeAsync: function (cb) {
        later(cb, ok("text"));
      },
      setAsync: function (data, opts, cb) {
        state.calls.push("body.setAsync");
        state.body = data;
        later(cb, ok());
      },
      appendOnSendAsync: function (data, opts, cb) {
        later(cb, ok());
      },
    },
    from: {
      getAsync: function (cb) {
        later(cb, ok(state.from));
      },
    },
    to: recipients("to"),
    cc: recipients("cc"),
    bcc: recipients("bcc"),
    getAttachmentsAsync: function (cb) {
      later(cb, ok([]));
    },
    sessionData: {
      getAsync: function (name, cb) {
        later(cb, ok(state.session[name] || ""));
      },
      setAsync: function (name, value, cb) {
        state.calls.push("sessionData.setAsync:" + name);
        state.session[name] = value;
        later(cb, ok());
      },
    },
    internetHeaders: {
      setAsync: function (headers, cb) {
        state.calls.push("internetHeaders.setAsync");
        Object.assign(state.headers, headers);
        later(cb, ok());
      },
    },
    getInitializationContextAsync: function (cb) {
      if (state.initContext === null)
        later(cb, { status: "failed", value: "", error: { code: 9041 } });
      else later(cb, ok(state.initContext));
    },
    sendAsync: function (opts, cb) {
      if (typeof opts === "function") cb = opts;
      state.calls.push("sendAsync");
      state.sent++;
      later(cb, ok());
    },
  };
  window.Office = {
    EventType: { InitializationContextChanged: "olkInitializationContextChanged" },
    CoercionType: { Text: "text", Html: "html" },
    context: {
      displayLanguage: setup.displayLanguage || "nl-NL",
      requirements: {
        isSetSupported: function (name, version) {
          return name === "Mailbox" && parseFloat(String(version).replace(/^1\./, "")) <= 15;
        },
      },
      mailbox: {
        item: item,
        userProfile: { emailAddress: state.from.emailAddress, displayName: state.from.displayName },
        addHandlerAsync: function (type, handler, opts, cb) {
          if (typeof opts === "function") cb = opts;
          later(cb, ok());
        },
      },
    },
    onReady: function (cb) {
      var info = { host: "Outlook", platform: "OfficeOnline" };
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (cb) cb(info);
          resolve(info);
        }, 0);
      });
    },
  };
  window.OfficeRuntime = {
    storage: {
      getItem: function (k) {
        return Promise.resolve(
          Object.prototype.hasOwnProperty.call(storage, k) ? storage[k] : null
        );
      },
      setItem: function (k, v) {
        storage[k] = String(v);
        return Promise.resolve();
      },
      removeItem: function (k) {
        delete storage[k];
        return Promise.resolve();
      },
    },
  };
})();
