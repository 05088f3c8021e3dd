/**
 * Every subset of `dims` dimension indices with 1 to `maxDepth` members, smallest first, each in
 * increasing order: the cuboids (group-by levels) a multi-dimensional search visits.
 * @example cuboids(3, 2) // [[0], [1], [2], [0, 1], [0, 2], [1, 2]]
 */
export function cuboids(dims: number, maxDepth: number): number[][] {
  const out: number[][] = [];
  const grow = (prefix: number[], next: number, depth: number) => {
    if (prefix.length === depth) return void out.push(prefix);
    for (let d = next; d < dims; d++) grow([...prefix, d], d + 1, depth);
  };
  for (let depth = 1; depth <= Math.min(maxDepth, dims); depth++) grow([], 0, depth);
  return out;
}
