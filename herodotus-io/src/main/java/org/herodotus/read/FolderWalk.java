package org.herodotus.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.herodotus.pipeline.Outcome;

/**
 * The files of a folder and its subfolders, depth first, each folder's entries sorted by name, as
 * readers to open one at a time. Lists one folder at a time, so memory stays small for large
 * trees. Leaves out hidden files and folders (names starting with a dot), files whose extension
 * says they are binary ({@link Format#isBinaryName}), and symbolic links to folders. A folder that
 * cannot be listed becomes one failure.
 */
final class FolderWalk implements Iterator<Supplier<ArticleStream>> {

  private final Function<Path, ArticleStream> read;
  private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
  private Supplier<ArticleStream> next;

  FolderWalk(Path root, Function<Path, ArticleStream> read) {
    this.read = read;
    enter(root);
  }

  @Override
  public boolean hasNext() {
    while (next == null && !stack.isEmpty()) {
      Iterator<Path> entries = stack.peek();
      if (!entries.hasNext()) {
        stack.pop();
        continue;
      }
      Path entry = entries.next();
      String name = entry.getFileName().toString();
      if (name.startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        enter(entry);
      } else if (!Files.isDirectory(entry) && !Format.isBinaryName(name)) {
        next = () -> read.apply(entry);
      }
    }
    return next != null;
  }

  @Override
  public Supplier<ArticleStream> next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more files in the folder");
    }
    Supplier<ArticleStream> result = next;
    next = null;
    return result;
  }

  private void enter(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      List<Path> sorted = entries.sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
      stack.push(sorted.iterator());
    } catch (IOException | RuntimeException e) {
      String origin = folder.toString();
      next = () -> Streams.one(new Outcome.Failed(origin, origin, "read", Messages.cannotList(e), e));
    }
  }
}
