package dev.newsdiff.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The local file system, through java.nio: locations are paths. */
enum LocalStorage implements CorpusStorage {
  INSTANCE;

  @Override
  public boolean isFile(String location) {
    return Files.isRegularFile(Path.of(location));
  }

  @Override
  public boolean isFolder(String location) {
    return Files.isDirectory(Path.of(location));
  }

  @Override
  public List<String> list(String folder) throws IOException {
    try (Stream<Path> listed = Files.list(Path.of(folder))) {
      return listed.map(Path::toString).toList();
    }
  }

  @Override
  public byte[] read(String location) throws IOException {
    return Files.readAllBytes(Path.of(location));
  }

  @Override
  public String name(String location) {
    Path name = Path.of(location).getFileName();
    return name == null ? location : name.toString();
  }

  @Override
  public String besides(String file, String relative) {
    return Path.of(file).toAbsolutePath().getParent().resolve(relative).normalize().toString();
  }
}
