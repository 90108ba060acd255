/** A deterministic generator of large synthetic catalogs, for benchmarks (bench/README.md). */
package dev.polcat.bench;
