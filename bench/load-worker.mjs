// The load generator, in its own process so it does not share the server's event loop: receives a
// scenario over IPC, drives it with autocannon on loopback and answers with its own latency
// percentiles (autocannon reports p97.5, not p95; each connection has one request in flight, so the
// time from its send to its response is the request's latency).
import autocannon from 'autocannon';

function percentile(sorted, p) {
  if (!sorted.length) return null;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}

process.on('message', async (spec) => {
  // spec: { url, connections, duration?, amount?, timeout, slots: [{method, path, headers, body, revisionFrom?}] }
  const latencies = [];
  const cpu0 = process.cpuUsage();
  const statuses = {};
  let nextSlot = 0;
  const busy = new Set();
  const bases = {};
  const instance = autocannon({
    url: spec.url,
    connections: spec.connections,
    ...(spec.amount ? { amount: spec.amount } : { duration: spec.duration }),
    timeout: spec.timeout ?? 30,
    // What a browser sends: the server may answer gzip (autocannon counts the bytes, never inflates).
    headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
    requests: [
      {
        // autocannon clears `context` before every request of a one-request list, so the state
        // of a save lives per slot here: a slot is taken by one request at a time, and its base
        // revision moves on with each answer.
        setupRequest: (req, context) => {
          const saving = spec.slots[0].bodyTemplate !== undefined;
          let slot = nextSlot++ % spec.slots.length;
          if (saving) {
            for (let k = 0; k < spec.slots.length && busy.has(slot); k++)
              slot = nextSlot++ % spec.slots.length;
            busy.add(slot);
          }
          context.slot = slot;
          const s = spec.slots[slot];
          context.t0 = performance.now();
          let body = s.body;
          if (s.bodyTemplate)
            body = s.bodyTemplate.replace('"__BASE__"', String(bases[slot] ?? s.baseRevision));
          return { ...req, method: s.method, path: s.path, headers: { ...req.headers, ...s.headers }, body };
        },
        onResponse: (status, body, context) => {
          latencies.push(performance.now() - context.t0);
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (spec.slots[context.slot].bodyTemplate) {
            busy.delete(context.slot);
            try {
              const parsed = JSON.parse(body);
              if (status === 200) bases[context.slot] = parsed.sectionRevision;
              else if (parsed.details?.theirsRevision !== undefined)
                bases[context.slot] = parsed.details.theirsRevision;
            } catch {}
          }
        },
      },
    ],
  });
  instance.on('done', (result) => {
    latencies.sort((a, b) => a - b);
    process.send({
      requests: latencies.length,
      seconds: result.duration,
      throughput: latencies.length / result.duration,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      statuses,
      errors: result.errors,
      timeouts: result.timeouts,
      bytesPerSec: result.throughput.average,
      // The generator's own CPU per answer: on 2 cores it competes with the server it measures.
      generatorCpuMs: (() => {
        const c = process.cpuUsage(cpu0);
        return latencies.length ? (c.user + c.system) / 1000 / latencies.length : null;
      })(),
    });
    process.exit(0);
  });
});
