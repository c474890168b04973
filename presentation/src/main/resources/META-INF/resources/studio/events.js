// Server-Sent Events read with fetch, because EventSource cannot send an Authorization header and
// the access token must never travel in a URL. The stream's first event tells the current state,
// so reconnecting after a dropped connection needs nothing but a new request.
import {authorized} from './api.js';

/**
 * Follows /api/v1/videos/{id}/events, calling onEvent(name, data) for each event, until the stream
 * ends with completed/failed/cancelled or stop() is called. Reconnects after a dropped
 * connection, waiting a little longer each time (at most 10 s). onState hears 'connecting',
 * 'connected' (the stream is open: every later event will arrive) and 'ended'.
 */
export function follow(videoId, onEvent, {onTrouble = () => {}, onState = () => {}} = {}) {
  const abort = new AbortController();
  let finished = false;
  let failures = 0;

  const handle = (name, data) => {
    if (name === 'completed' || name === 'failed' || name === 'cancelled') finished = true;
    onEvent(name, data);
  };

  (async () => {
    while (!finished && !abort.signal.aborted) {
      onState('connecting');
      try {
        const response = await authorized(`/api/v1/videos/${videoId}/events`,
          {headers: {Accept: 'text/event-stream'}, signal: abort.signal});
        if (!response.ok) {
          onTrouble(`the live stream answered ${response.status}`);
          if (response.status < 500 && response.status !== 429) break;
        } else {
          failures = 0;
          onState('connected');
          await read(response.body, handle);
        }
      } catch (error) {
        if (abort.signal.aborted) break;
        onTrouble('the live stream was interrupted; reconnecting');
      }
      if (finished || abort.signal.aborted) break;
      failures += 1;
      await new Promise(resolve => setTimeout(resolve, Math.min(10000, 500 * 2 ** failures)));
    }
    onState('ended');
  })();
  return {stop: () => abort.abort()};
}

/** Parses the text/event-stream format: blocks separated by a blank line, "event:" and "data:" lines. */
async function read(body, handle) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const {value, done} = await reader.read();
    if (done) return;
    buffer += value.replace(/\r\n?/g, '\n');
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let name = 'message';
      const data = [];
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const key = colon < 0 ? line : line.slice(0, colon);
        const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (key === 'event') name = text;
        if (key === 'data') data.push(text);
      }
      if (data.length) {
        let parsed;
        try {
          parsed = JSON.parse(data.join('\n'));
        } catch (ignored) {
          parsed = data.join('\n');
        }
        handle(name, parsed);
      }
    }
  }
}
