// The reference side of the live interop test: secret-handshake and pull-box-stream from npm,
// driven over TCP on 127.0.0.1. Messages are framed as in Commonplace (u32 big-endian length).
//
//   node shs-peer.js server NETKEY SEED
//       listens on an ephemeral port, prints {"event":"listening","port":..,"publicKey":..};
//       accepts one connection and echoes every message back reversed until the peer's
//       goodbye, then says goodbye itself.
//   node shs-peer.js client NETKEY SEED PORT SERVERKEY SIZES
//       connects, sends one message per size in SIZES (comma-separated), checks each echo
//       (reversed), then says goodbye and waits for the server's.
//
// Every outcome is one JSON line on stdout; exit codes: 0 success, 3 handshake failed,
// 4 stream error, 5 wrong echo.
'use strict'
var net = require('net')
var pull = require('pull-stream')
var toPull = require('stream-to-pull-stream')
var shs = require('secret-handshake')
var boxes = require('pull-box-stream')

var args = process.argv.slice(2)
var mode = args[0]
var appKey = Buffer.from(args[1], 'hex')
var keys = shs.toKeys(Buffer.from(args[2], 'hex'))

function report (object, code) {
  process.stdout.write(JSON.stringify(object) + '\n', function () {
    if (code !== undefined) process.exit(code)
  })
}

function pattern (size) {
  var b = Buffer.alloc(size)
  for (var i = 0; i < size; i++) b[i] = (i * 31 + size) & 0xff
  return b
}

function reversed (buffer) {
  return Buffer.from(buffer).reverse()
}

function frame (payload) {
  var head = Buffer.alloc(4)
  head.writeUInt32BE(payload.length, 0)
  return Buffer.concat([head, payload])
}

// Box-stream both ways with the keys and nonces the handshake agreed on.
function secure (plain, state) {
  return {
    source: pull(plain.source, boxes.createUnboxStream(state.decryptKey, state.local.app_mac.slice(0, 24))),
    sink: pull(boxes.createBoxStream(state.encryptKey, state.remote.app_mac.slice(0, 24)), plain.sink)
  }
}

// Reassembles whole messages from the decrypted chunks.
function unframe () {
  var pending = Buffer.alloc(0)
  var queue = []
  return function (read) {
    return function next (abort, cb) {
      if (queue.length) return cb(null, queue.shift())
      read(abort, function (end, data) {
        if (end) return cb(end === true && pending.length ? new Error('stream ended inside a message') : end)
        pending = Buffer.concat([pending, data])
        while (pending.length >= 4) {
          var size = pending.readUInt32BE(0)
          if (pending.length < 4 + size) break
          queue.push(pending.slice(4, 4 + size))
          pending = pending.slice(4 + size)
        }
        next(null, cb)
      })
    }
  }
}

// Notes how the source ended: true for the goodbye, an error otherwise.
function watchEnd (onEnd) {
  return function (read) {
    return function (abort, cb) {
      read(abort, function (end, data) {
        if (end) onEnd(end)
        cb(end, data)
      })
    }
  }
}

if (mode === 'server') {
  var server = net.createServer(function (socket) {
    server.close()
    var ending = null
    var count = 0
    var bytes = 0
    var shake = shs.createServerStream(keys, function (publicKey, cb) { cb(null, true) }, appKey, 5000)(
      function (err, plain, state) {
        if (err) return report({ event: 'handshake-failed', error: err.message }, 3)
        report({ event: 'connected', remote: state.remote.publicKey.toString('hex') })
        var channel = secure(plain, state)
        pull(
          channel.source,
          watchEnd(function (end) { ending = end }),
          unframe(),
          pull.map(function (message) {
            count++
            bytes += message.length
            return frame(reversed(message))
          }),
          channel.sink
        )
      })
    socket.on('close', function () {
      if (ending === null) return
      var clean = ending === true
      report({ event: 'done', messages: count, bytes: bytes, clean: clean,
        error: clean ? null : String(ending.message || ending) }, clean ? 0 : 4)
    })
    socket.on('error', function () {})
    var stream = toPull.duplex(socket)
    pull(stream, shake, stream)
  })
  server.listen(0, '127.0.0.1', function () {
    report({ event: 'listening', port: server.address().port, publicKey: keys.publicKey.toString('hex') })
  })
} else if (mode === 'client') {
  var port = Number(args[3])
  var serverKey = Buffer.from(args[4], 'hex')
  var sizes = args[5].split(',').map(Number)
  var socket = net.connect(port, '127.0.0.1')
  socket.on('error', function () {})
  var stream = toPull.duplex(socket)
  var shake = shs.createClientStream(keys, appKey, 5000)(serverKey, function (err, plain, state) {
    if (err) return report({ event: 'handshake-failed', error: err.message }, 3)
    var channel = secure(plain, state)
    // Send every message, then hold the stream open until the echoes are in.
    var frames = sizes.map(function (size) { return frame(pattern(size)) })
    var sent = 0
    var finished = false
    var waiting = null
    function finish () {
      finished = true
      if (waiting) { var cb = waiting; waiting = null; cb(true) }
    }
    pull(function (abort, cb) {
      if (abort) return cb(abort)
      if (sent < frames.length) return cb(null, frames[sent++])
      if (finished) return cb(true)
      waiting = cb
    }, channel.sink)
    var received = 0
    var matches = true
    pull(channel.source, unframe(), pull.drain(function (message) {
      if (!message.equals(reversed(pattern(sizes[received])))) matches = false
      received++
      if (received === sizes.length) finish()
    }, function (err) {
      var ok = !err && matches && received === sizes.length
      report({ event: 'done', messages: received, matches: matches, clean: !err, error: err ? String(err.message || err) : null },
        ok ? 0 : (matches ? 4 : 5))
    }))
  })
  pull(stream, shake, stream)
} else {
  report({ event: 'usage', error: 'mode must be server or client' }, 2)
}
