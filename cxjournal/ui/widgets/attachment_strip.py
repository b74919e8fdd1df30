"""The files of the entry shown in the detail pane: thumbnails of its images, an icon for other
files, Attach… and files dropped on the pane, a click to see an image full size or open another
file with the system's program, and removing one (asked first, undoable with Ctrl+Z).

Files come from customers and staff: nothing is trusted. Only raster images that Qt itself decodes
are drawn, read through ``QImageReader`` with a memory limit and a size check before decoding; an
SVG (which can point elsewhere) or anything else is shown as a plain file. A file is opened by the
system's program from a private temporary copy (0600, in a 0700 folder), never made executable,
and programs and scripts are not opened at all (they can only be saved)."""

from __future__ import annotations

import atexit
import contextlib
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QObject,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QIcon, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from cxjournal.catalog import resolve_language
from cxjournal.changes import Kind
from cxjournal.files import private_folder, write_private_bytes
from cxjournal.formatting import format_size
from cxjournal.io import attachment_files
from cxjournal.services import attachments
from cxjournal.services.attachments import AttachmentInfo
from cxjournal.services.common import Fresh
from cxjournal.services.settings import get_setting
from cxjournal.ui.shell.edit_history import DONE
from cxjournal.ui.widgets.feedback import attempt, attempt_write, confirm, write_waiting

if TYPE_CHECKING:
    from cxjournal.store.models import Entry

translate = QCoreApplication.translate
THUMBNAIL = 96  # pixels, the longer side
MAX_PIXELS = 100_000_000  # an image claiming more is not decoded (a "decompression bomb")
ALLOCATION_MB = 256  # what QImageReader may allocate for one image
SAFE_FORMATS = {b"png", b"jpeg", b"jpg", b"gif", b"bmp", b"webp", b"tiff", b"tif", b"ico", b"ppm"}
# Names the system would run rather than show: saved on request, never opened from here.
RUNNABLE = {
    ".exe", ".com", ".bat", ".cmd", ".msi", ".scr", ".ps1", ".vbs", ".js", ".jse", ".wsf",
    ".hta", ".lnk", ".url", ".reg", ".jar", ".sh", ".bash", ".command", ".app", ".desktop",
    ".run", ".py", ".pl", ".rb", ".appimage", ".deb", ".rpm", ".pkg", ".dmg", ".apk",
}  # fmt: skip


def decode_image(data: bytes, longest: int | None = None) -> QImage | None:
    """``data`` as an image if Qt decodes it as a raster format (scaled down so that its longer
    side is at most ``longest``); None for anything else or anything suspiciously large."""
    QImageReader.setAllocationLimit(ALLOCATION_MB)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setDecideFormatFromContent(True)
    reader.setAutoTransform(True)
    if not reader.canRead() or bytes(reader.format().data()).lower() not in SAFE_FORMATS:
        return None
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > MAX_PIXELS:
        return None
    if longest and max(size.width(), size.height()) > longest:
        reader.setScaledSize(size.scaled(longest, longest, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image


_opened_folder: list[Path] = []


def _private_temp_folder() -> Path:
    """One private folder per run for the copies opened with other programs, removed at exit."""
    if not _opened_folder:
        folder = Path(tempfile.mkdtemp(prefix="cxjournal-files-"))
        private_folder(folder)
        _opened_folder.append(folder)
        atexit.register(shutil.rmtree, folder, True)
    return _opened_folder[0]


class ImageDialog(QDialog):
    """One image, full size, in a scrolling view."""

    def __init__(self, image: QImage, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.picture = QLabel()
        self.picture.setPixmap(QPixmap.fromImage(image))
        scroll = QScrollArea()
        scroll.setWidget(self.picture)
        scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        screen = self.screen().availableGeometry().size() * 0.9
        self.resize(image.size().boundedTo(screen).expandedTo(QSize(320, 240)) + QSize(40, 40))


@dataclass
class FileRemoval:
    """A file taken off an entry, for the undo stack: undo attaches the same bytes again."""

    info: AttachmentInfo
    data: bytes

    def undo(self, parent: QWidget | None) -> str | None:
        again = attempt(
            parent, write_waiting, attachments.attach_files, self.info.entry_id,
            [(self.info.name, self.data)], changed=Kind.ENTRY,
        )  # fmt: skip
        if not again:
            return None
        self.info = again[0]
        return DONE

    def redo(self, parent: QWidget | None) -> str | None:
        done = attempt_write(parent, attachments.detach, self.info.id, changed=Kind.ENTRY)
        return DONE if done is not None else None

    def undo_text(self) -> str:
        return translate("AttachmentStrip", "Undo removing a file")

    def redo_text(self) -> str:
        return translate("AttachmentStrip", "Redo removing a file")


class AttachmentStrip(QWidget):
    """The files of one entry; ``changed`` after it attached or removed some."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry_id: int | None = None
        self.history = None  # the window's undo stack (an EditHistory), when there is one
        self.shown: list[AttachmentInfo] = []
        self._icons: dict[str, QIcon] = {}  # by sha256: a photo is decoded once per run
        self._drawn: set[str] = set()  # the sha256 of those drawn as images
        self.label = QLabel(self.tr("Files:"))
        self.attach_button = QPushButton(self.tr("&Attach…"))
        self.attach_button.setToolTip(
            self.tr("Attach photos or documents (or drop files on this pane)")
        )
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Attached files"))
        self.files.setViewMode(QListWidget.ViewMode.IconMode)
        self.files.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.files.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.files.setMovement(QListWidget.Movement.Static)
        self.files.setWordWrap(True)
        self.files.setMaximumHeight(THUMBNAIL + 60)
        self.files.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        top = QHBoxLayout()
        top.addWidget(self.label)
        top.addStretch(1)
        top.addWidget(self.attach_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.files)
        self.attach_button.clicked.connect(self.choose_files)
        self.files.itemActivated.connect(self._activated)
        self.files.itemClicked.connect(self._activated)
        self.files.customContextMenuRequested.connect(self._menu)

    # showing ---------------------------------------------------------------------------------

    def show_entry(self, entry: int | Fresh[Entry] | None) -> None:
        """List the files of ``entry`` (an id, or an entry just read, which is not read again);
        only its images' bytes are read, to draw them."""
        entry_id = entry.row.id if isinstance(entry, Fresh) else entry
        shown = []
        if entry is not None:
            with contextlib.suppress(Exception):  # gone meanwhile: the pane empties itself
                shown = attachments.list_attachments(entry)
        self.show_files(entry_id, shown)

    def show_files(self, entry_id: int | None, shown: list[AttachmentInfo]) -> None:
        """List ``shown``, the files of ``entry_id`` read already (the detail pane reads them
        with the entry)."""
        self.entry_id = entry_id
        self.files.clear()
        self.shown = shown
        if entry_id is None:
            return
        lang = resolve_language(get_setting("language"))
        for info in self.shown:
            item = QListWidgetItem(self._icon(info), f"{info.name}\n{format_size(info.size, lang)}")
            item.setToolTip(f"{info.name} · {info.mime_type} · {format_size(info.size, lang)}")
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            self.files.addItem(item)
        self.files.setVisible(bool(self.shown))

    def _icon(self, info: AttachmentInfo) -> QIcon:
        if info.sha256 in self._icons:
            return self._icons[info.sha256]
        image = None
        if info.is_image:
            with contextlib.suppress(Exception):
                image = decode_image(attachments.attachment_data(info.id), THUMBNAIL)
        if image is None:
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        else:
            icon = QIcon(QPixmap.fromImage(image))
            self._drawn.add(info.sha256)
        if len(self._icons) > 200:
            self._icons.clear()
            self._drawn.clear()
        self._icons[info.sha256] = icon
        return icon

    def is_thumbnail(self, row: int) -> bool:
        """Whether row ``row`` shows a drawn image rather than the plain file icon."""
        return self.shown[row].sha256 in self._drawn

    def _info_of(self, item: QListWidgetItem) -> AttachmentInfo | None:
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((i for i in self.shown if i.id == wanted), None)

    # attaching -------------------------------------------------------------------------------

    def choose_files(self) -> None:
        if self.entry_id is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        if paths:
            self.attach_paths(paths)

    def attach_paths(self, paths: list[str]) -> None:
        """Attach the files at ``paths`` (all or none) and show them."""
        if self.entry_id is None or not paths:
            return
        done = attempt_write(
            self, attachment_files.attach_paths, self.entry_id, paths, changed=Kind.ENTRY,
            initiator=self,
        )  # fmt: skip
        if done is not None:
            self.show_entry(self.entry_id)
            self.changed.emit()

    def accept_drops_on(self, pane: QWidget) -> None:
        """Files dropped anywhere on ``pane`` are attached to the entry shown."""
        pane.setAcceptDrops(True)
        pane.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self.entry_id is not None and _local_files(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            paths = _local_files(event.mimeData())
            if self.entry_id is not None and paths:
                event.acceptProposedAction()
                self.attach_paths(paths)
                return True
        return super().eventFilter(watched, event)

    # opening, saving, removing ---------------------------------------------------------------

    def _activated(self, item: QListWidgetItem) -> None:
        info = self._info_of(item)
        if info is not None:
            self.open_file(info)

    def open_file(self, info: AttachmentInfo) -> QDialog | None:
        """An image full size in a dialog; another file with the system's program."""
        data = attempt(self, attachments.attachment_data, info.id, changed=None)
        if data is None:
            return None
        image = decode_image(data) if info.is_image else None
        if image is not None:
            dialog = ImageDialog(image, info.name, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()
            return dialog
        if Path(info.name).suffix.lower() in RUNNABLE:
            confirm_text = self.tr(
                "“{name}” is a program or a script: CX Journal does not open it. Save it "
                "somewhere instead?"
            ).format(name=info.name)
            if confirm(self, self.tr("Open a file"), confirm_text):
                self.save_file(info)
            return None
        folder = _private_temp_folder() / str(info.id)
        private_folder(folder)
        copy = write_private_bytes(folder / info.name, data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
        return None

    def save_file(self, info: AttachmentInfo) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the file"), info.name)
        if path:
            attempt(self, attachment_files.save_attachment, info, path, changed=None)

    def remove_file(self, info: AttachmentInfo) -> bool:
        """Take ``info`` off the entry once the owner says yes; Ctrl+Z brings it back."""
        question = self.tr("Remove “{name}” from this entry?").format(name=info.name)
        if not confirm(self, self.tr("Remove a file"), question):
            return False
        done = attempt_write(self, attachments.detach, info.id, changed=Kind.ENTRY, initiator=self)
        if done is None:
            return False
        if self.history is not None:
            self.history.record(FileRemoval(*done))
        self.show_entry(self.entry_id)
        self.changed.emit()
        return True

    def _menu(self, position) -> None:
        item = self.files.itemAt(position)
        info = self._info_of(item) if item is not None else None
        if info is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.open_file(info))
        menu.addAction(self.tr("Save as…"), lambda: self.save_file(info))
        menu.addAction(self.tr("Remove…"), lambda: self.remove_file(info))
        menu.exec(self.files.viewport().mapToGlobal(position))


def _local_files(mime) -> list[str]:
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]
