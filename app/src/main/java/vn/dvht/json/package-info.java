/**
 * dvht's JSON documents as records, each key named once ({@code dvht schema result}): written by the
 * report's JSON renderers and read back by {@code dvht diff} and by the education office's appraisal. Jackson
 * only; nothing of dvht's.
 */
package vn.dvht.json;
