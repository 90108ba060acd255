/** Review reports of a semantic diff: text for terminals, Markdown for pull-request comments, JSON for tools. */
package dev.polcat.report;
