#!/usr/bin/env python3
"""Summarises where a JFR recording spent its CPU samples: the hottest methods by self time (top
frame) and by total time (anywhere on the stack), as Markdown tables.

    jfr print --events jdk.ExecutionSample --stack-depth 64 recording.jfr > samples.txt
    python3 roi-benchmarks/jfr-hot.py samples.txt [TOP] [PREFIX]

Frames are named class.method without parameters or line numbers. The self table counts every
frame; the total table only those starting with PREFIX (default org.roikit.), so that the
launcher's frames (JMH, reflection, threads), which are on every stack, stay out of it.
"""
import collections
import re
import sys

FRAME = re.compile(r"^\s+([\w$.<>/]+)\(.*\)\s+line:")


def samples(path):
    stack = None
    with open(path) as f:
        for line in f:
            if line.startswith("jdk.ExecutionSample"):
                stack = []
            elif stack is not None:
                m = FRAME.match(line)
                if m:
                    stack.append(m.group(1))
                elif line.startswith("}"):
                    if stack:
                        yield stack
                    stack = None


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    prefix = sys.argv[3] if len(sys.argv) > 3 else "org.roikit."
    self_time = collections.Counter()
    total_time = collections.Counter()
    n = 0
    for stack in samples(path):
        n += 1
        self_time[stack[0]] += 1
        for frame in set(stack):
            total_time[frame] += 1
    print(f"{n} samples\n")
    print("| self | method |")
    print("|---:|---|")
    for frame, count in self_time.most_common(top):
        print(f"| {100 * count / n:.1f}% | `{frame}` |")
    print()
    print("| total | method |")
    print("|---:|---|")
    for frame, count in [(f, c) for f, c in total_time.most_common() if f.startswith(prefix)][:top]:
        print(f"| {100 * count / n:.1f}% | `{frame}` |")


if __name__ == "__main__":
    main()
