/**
 * Caps how far any WebAssembly memory in this realm may grow. Emscripten grows Pyodide's heap through
 * `WebAssembly.Memory.prototype.grow` and treats a throw as "no more memory", so past the cap `malloc` fails and
 * Python raises MemoryError instead of taking gigabytes from the machine. Call it before running untrusted code
 * (before or after loading Pyodide); it affects the whole realm, so use it only inside a sandbox worker.
 */
export function capWasmMemory(limitMb) {
  const limitBytes = Math.floor(limitMb * 1024 * 1024);
  const proto = WebAssembly.Memory.prototype;
  const grow = proto.grow;
  proto.grow = function (pages) {
    if (this.buffer.byteLength + pages * 65536 > limitBytes) {
      throw new RangeError(`WebAssembly memory limit of ${limitMb} MB reached.`);
    }
    return grow.call(this, pages);
  };
}
