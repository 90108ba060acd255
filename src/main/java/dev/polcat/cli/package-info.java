/**
 * The command line: one picocli command per verb. A command parses its options, calls build or a stage
 * and prints the result; exit codes live in ExitCode.
 */
package dev.polcat.cli;
