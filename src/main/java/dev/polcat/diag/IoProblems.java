package dev.polcat.diag;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Why a file operation failed, in words: Java's file exceptions carry only the path as their message
 * ({@code NoSuchFileException: /missing/dir}), which reads as if the path were the reason.
 */
public final class IoProblems {
    private IoProblems() {}

    /**
     * The reason, naming the path the system refused when it is not {@code given}, the one the user
     * gave ({@code /tmp/file is a file, not a folder} when writing {@code /tmp/file/site}).
     */
    public static String describe(IOException e, Path given) {
        Path file = fileInTheWay(given);
        if (file != null) return DiagnosticPrinter.safe(file + " is a file, not a folder");
        String what = reason(e);
        if (e instanceof FileSystemException f && f.getFile() != null) {
            if (what == null) what = f.getReason() != null ? lowerFirst(f.getReason()) : "cannot be used";
            boolean same = given != null && Path.of(f.getFile()).equals(given);
            return DiagnosticPrinter.safe(same ? what : f.getFile() + ": " + what);
        }
        return DiagnosticPrinter.safe(what != null ? what : String.valueOf(e.getMessage()));
    }

    /** The nearest folder above {@code given} (as written) that exists, when it is in fact a file. */
    private static Path fileInTheWay(Path given) {
        if (given == null) return null;
        for (Path p = given.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) return Files.isDirectory(p) ? null : p;
        }
        return null;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file or folder";
        if (e instanceof NotDirectoryException) return "not a folder";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileAlreadyExistsException) return "already exists";
        if (e instanceof DirectoryNotEmptyException) return "folder is not empty";
        if (e instanceof FileSystemLoopException) return "symbolic links form a loop";
        return null;
    }
}
