"""The CWRPO update of FlowSteer Studio's tfjs policy, re-implemented in PyTorch as a speed baseline.

Reads a batch exported by bench/torchComparison.ts (manifest.json + arrays.bin: the packed batch exactly as
runPolicyUpdate uploads it, the network sizes and placement constants, the flat weights and pi_ref's weights,
and the update options) and runs the same network (src/core/policy/policyNetwork.ts: batchLogits), the same
loss (policyLoss.ts) and the same update (Adam on the flat vector as flatAdam.ts, global-norm clipping,
K epochs, pi_ref's pass once per update). Prints one JSON object: the first epoch's loss, KL, entropy and
gradient norm from the exported weights (the check against tfjs), then the median update time for K = 1 and
K = 2 with 2 threads and with 1 thread.

Run: /usr/bin/python3 bench/torchUpdate.py <export-dir> [--reps N]  (Debian's python3-torch).
"""

import json
import math
import statistics
import sys
import time

import numpy as np
import torch

BETA1, BETA2, EPS = 0.9, 0.999, 1e-8


def load(folder):
    with open(f"{folder}/manifest.json", encoding="utf-8") as f:
        manifest = json.load(f)
    raw = np.fromfile(f"{folder}/arrays.bin", dtype="<f4")
    arrays = {}
    for name, (offset, shape) in manifest["arrays"].items():
        size = int(np.prod(shape)) if shape else 1
        arrays[name] = torch.from_numpy(raw[offset : offset + size].reshape(shape).copy())
    return manifest, arrays


def unpack(flat, specs):
    sizes = [int(np.prod(s["shape"])) for s in specs]
    parts = torch.split(flat, sizes)
    return {s["name"]: p.view(s["shape"]) for s, p in zip(specs, parts)}


def tied_max(x):
    """Max over axis 1 whose gradient goes to every tied maximum, as tfjs's `max` gradient does."""
    top = x.detach().amax(1, keepdim=True)
    is_max = ((x.detach() - top + 1e-12) > 0).to(x.dtype)
    return top.squeeze(1) + ((x - top) * is_max).sum(1)


def batch_logits(p, d, x):
    """batchLogits: the misc heads and the used operator heads, [B, USED_ROWS, rowWidth]."""
    b, n, hn = d["count"], d["maxTokens"], d["nodeHidden"]
    e, k, w, v, blocks = d["operatorEmbedding"], d["pointerKey"], d["rowWidth"], d["opWidth"], d["blocks"]
    node_flat = torch.relu(x["tokens"] @ p["node/kernel"] + p["node/bias"]) * x["valid"]
    node_h = node_flat.view(b, n, hn)
    count = x["valid"].view(b, n).sum(1, keepdim=True).clamp_min(1)
    h = torch.cat([x["globals"], node_h.sum(1) / count, tied_max(node_h)], 1)
    for i in range(d["trunkLayers"]):
        h = torch.relu(h @ p[f"trunk{i}/kernel"] + p[f"trunk{i}/bias"])
    op_e = torch.tanh(x["opTable"] @ p["operator/kernel"] + p["operator/bias"])
    heads = h @ p["heads/kernel"] + p["heads/bias"]
    dense, pointer_q, slot_q = torch.split(heads, [d["denseLogits"], d["pointerTypes"] * k, d["opSlots"] * e], 1)
    query = (pointer_q.view(b, d["pointerTypes"], k) * x["pointerType"]).sum(1)
    target = (node_h * (query @ p["pointer/keys"].t()).view(b, 1, hn)).sum(2)
    target_emb = (node_h * x["target"]).sum(1)
    chosen_op = x["addOperator"] @ op_e
    template = target_emb @ p["template/target"] + chosen_op @ p["template/operator"]
    misc = (dense @ x["placeDense"] + target @ x["placeTarget"] + template @ x["placeTemplate"]).view(b, -1, w)
    modify_q = (target_emb @ p["slot/target"]).view(b, 1, e) * x["modifyRow"]
    queries = torch.bmm(x["opRows"], slot_q.reshape(b, d["opSlots"], e)) + modify_q
    scores = queries.reshape(-1, e) @ op_e.t()
    rows = d["usedOpRows"]
    ops = scores.view(b, rows, v) if blocks == 1 else (scores.view(b, rows, blocks, v) * x["block"]).sum(2)
    if w > v:
        ops = torch.nn.functional.pad(ops, (0, w - v))
    return torch.cat([misc, ops], 1)


def chosen_log_prob(logits, x):
    return (torch.log_softmax(logits + x["maskBias"], 2) * x["chosen"]).sum((1, 2))


def policy_loss(logits, x, ref, o, with_entropy):
    """policyLoss: the clipped surrogate, the k3 KL to pi_ref and the entropy, per episode then over episodes."""
    logp = torch.log_softmax(logits + x["maskBias"], 2)
    chosen = (logp * x["chosen"]).sum((1, 2))
    ratio = torch.exp(chosen - x["oldLogProb"])
    eps, adv = o["clipEpsilon"], x["advantage"]
    surrogate = torch.minimum(ratio * adv, ratio.clamp(1 - eps, 1 + eps) * adv)
    log_ratio = ref - chosen
    kl = ((torch.exp(log_ratio) - 1 - log_ratio) * x["weight"]).sum()
    loss = -(surrogate * x["weight"]).sum() + o["klBeta"] * kl
    entropy = None
    if with_entropy or o["entropyCoef"] != 0:
        entropy = (-(logp.exp() * logp).sum(2) * x["used"]).sum(1).mul(x["weight"]).sum()
        loss = loss - o["entropyCoef"] * entropy
    return loss, kl, entropy


class Update:
    """The flat parameters, pi_ref and Adam's moments, updated in place like runPolicyUpdate."""

    def __init__(self, manifest, arrays):
        self.d, self.o, self.specs, self.x = manifest["dims"], manifest["options"], manifest["specs"], arrays
        self.params = arrays["params"].clone()
        self.reference = arrays["reference"].clone()
        self.m = torch.zeros_like(self.params)
        self.v = torch.zeros_like(self.params)
        self.step = 0

    def run(self, epochs):
        o = self.o
        with torch.no_grad():
            ref = chosen_log_prob(batch_logits(unpack(self.reference, self.specs), self.d, self.x), self.x)
        stats = []
        for epoch in range(epochs):
            flat = self.params.clone().requires_grad_(True)
            logits = batch_logits(unpack(flat, self.specs), self.d, self.x)
            loss, kl, entropy = policy_loss(logits, self.x, ref, o, epoch == 0)
            (grad,) = torch.autograd.grad(loss, flat)
            with torch.no_grad():
                norm = float(grad.norm())
                clip = o["gradClipNorm"]
                scale = clip / norm if clip > 0 and norm > clip else 1.0
                g = grad * scale
                self.step += 1
                t = self.step
                self.m.mul_(BETA1).add_(g, alpha=1 - BETA1)
                self.v.mul_(BETA2).addcmul_(g, g, value=1 - BETA2)
                lr = o["learningRate"] * math.sqrt(1 - BETA2**t) / (1 - BETA1**t)
                self.params.sub_(lr * self.m / (self.v.sqrt() + EPS))
            stats.append(
                {
                    "loss": float(loss),
                    "kl": float(kl),
                    "entropy": float(entropy) if entropy is not None else None,
                    "gradNorm": norm,
                }
            )
        return stats


def median_ms(manifest, arrays, epochs, reps, warmup=3):
    update = Update(manifest, arrays)
    times = []
    for r in range(reps + warmup):
        start = time.perf_counter()
        update.run(epochs)
        if r >= warmup:
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main():
    folder = sys.argv[1]
    reps = int(sys.argv[sys.argv.index("--reps") + 1]) if "--reps" in sys.argv else 20
    manifest, arrays = load(folder)
    first = Update(manifest, arrays).run(1)[0]
    timings = []
    for threads in (2, 1):
        torch.set_num_threads(threads)
        timings.append(
            {
                "threads": threads,
                "k1Ms": median_ms(manifest, arrays, 1, reps),
                "k2Ms": median_ms(manifest, arrays, 2, reps),
            }
        )
    print(json.dumps({"torch": torch.__version__, "firstEpoch": first, "timings": timings}))


if __name__ == "__main__":
    main()
