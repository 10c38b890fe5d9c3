package dev.newsdiff.corpus;

import java.nio.file.Path;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A listed file before ids are given out ({@link CorpusListing#withIds}): ids need the whole
 * listing to stay unique.
 */
record Listed(
    String path,
    Path file,
    @Nullable String outlet,
    @Nullable Instant published,
    @Nullable String url) {}
