/** Caps how far any WebAssembly memory in this realm may grow, so Python raises MemoryError past `limitMb`. */
export declare function capWasmMemory(limitMb: number): void;
