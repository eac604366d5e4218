package org.probscope.app.plot;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javax.imageio.ImageIO;

/**
 * The pixels of an exported plot as plain data (ARGB, row by row), detached from JavaFX so that
 * encoding can run on any thread: take it with {@link PlotView#exportImage} on the FX thread, then
 * call {@link #writePng} through the task runner.
 */
public final class PlotImage {

  private final int width;
  private final int height;
  private final int[] argb;

  private PlotImage(int width, int height, int[] argb) {
    this.width = width;
    this.height = height;
    this.argb = argb;
  }

  /** Copies the pixels of a JavaFX image; call it where the image may be read (the FX thread). */
  public static PlotImage of(Image image) {
    int width = (int) image.getWidth();
    int height = (int) image.getHeight();
    int[] pixels = new int[width * height];
    PixelReader reader = image.getPixelReader();
    reader.getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
    return new PlotImage(width, height, pixels);
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** The colour at (x, y) as 0xAARRGGBB. */
  public int argb(int x, int y) {
    return argb[y * width + x];
  }

  /** A copy as an AWT image, for encoders. */
  public BufferedImage toBufferedImage() {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    image.setRGB(0, 0, width, height, argb, 0, width);
    return image;
  }

  /**
   * Encodes the pixels as PNG into {@code file}; meant for a background thread. The image goes to a
   * temporary file beside it first and replaces {@code file} only when complete, so a failed write
   * (a full disk, a folder that vanished) leaves no half-written image behind.
   */
  public void writePng(Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
        if (!ImageIO.write(toBufferedImage(), "png", out)) {
          throw new IOException("no PNG encoder available");
        }
      }
      Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
