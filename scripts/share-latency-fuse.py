#!/usr/bin/python3
"""A FUSE passthrough that waits DELAY_MS before every file operation, like a file server far away.

Usage: share-latency-fuse.py SOURCE_DIR MOUNT_POINT DELAY_MS
Started and stopped by scripts/bench-share.ts. Files are opened with direct_io, so the kernel's page
cache cannot answer a read that SQLite makes: every read goes through here (as on SMB, where the
client's cache is invalidated by the oplock break when another desktop writes). Byte-range locks are
left to the kernel (fusepy's lock call has no portable struct flock), so they are counted by strace but
not delayed here; the benchmark says so beside the figures.
"""
import errno
import os
import sys
import time

from fusepy import FUSE, FuseOSError, Operations


class Delayed(Operations):
    def __init__(self, root, delay_s):
        self.root = root
        self.delay = delay_s

    def _p(self, path):
        time.sleep(self.delay)
        return os.path.join(self.root, path.lstrip('/'))

    def access(self, path, mode):
        if not os.access(self._p(path), mode):
            raise FuseOSError(errno.EACCES)

    def getattr(self, path, fh=None):
        try:
            st = os.lstat(self._p(path))
        except FileNotFoundError:
            raise FuseOSError(errno.ENOENT)
        keys = ('st_atime', 'st_ctime', 'st_gid', 'st_mode', 'st_mtime', 'st_nlink', 'st_size', 'st_uid')
        out = {k: getattr(st, k) for k in keys}
        out['st_ino'] = st.st_ino
        return out

    def readdir(self, path, fh):
        return ['.', '..'] + os.listdir(self._p(path))

    def statfs(self, path):
        st = os.statvfs(self._p(path))
        keys = ('f_bavail', 'f_bfree', 'f_blocks', 'f_bsize', 'f_favail', 'f_ffree', 'f_files', 'f_flag', 'f_frsize', 'f_namemax')
        return {k: getattr(st, k) for k in keys}

    def chmod(self, path, mode):
        os.chmod(self._p(path), mode)

    def chown(self, path, uid, gid):
        os.chown(self._p(path), uid, gid)

    def utimens(self, path, times=None):
        os.utime(self._p(path), times)

    def unlink(self, path):
        os.unlink(self._p(path))

    def rename(self, old, new):
        os.rename(self._p(old), self._p(new))

    def mkdir(self, path, mode):
        os.mkdir(self._p(path), mode)

    def rmdir(self, path):
        os.rmdir(self._p(path))

    def truncate(self, path, length, fh=None):
        os.truncate(self._p(path), length)

    def fsyncdir(self, path, datasync, fh):
        return 0

    # raw_fi=True: `fi` is the fuse_file_info, so direct_io can be set on every open file.
    def open(self, path, fi):
        fi.fh = os.open(self._p(path), fi.flags)
        fi.direct_io = 1
        return 0

    def create(self, path, mode, fi):
        fi.fh = os.open(self._p(path), fi.flags | os.O_CREAT, mode)
        fi.direct_io = 1
        return 0

    def read(self, path, size, offset, fi):
        time.sleep(self.delay)
        return os.pread(fi.fh, size, offset)

    def write(self, path, data, offset, fi):
        time.sleep(self.delay)
        return os.pwrite(fi.fh, data, offset)

    def flush(self, path, fi):
        return 0

    def fsync(self, path, datasync, fi):
        time.sleep(self.delay)
        os.fsync(fi.fh)
        return 0

    def release(self, path, fi):
        os.close(fi.fh)
        return 0


if __name__ == '__main__':
    source, mount, delay_ms = sys.argv[1], sys.argv[2], float(sys.argv[3])
    FUSE(Delayed(os.path.abspath(source), delay_ms / 1000.0), mount, foreground=True, raw_fi=True, nothreads=False)
