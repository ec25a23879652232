using Convening.Contracts.OrganisationDirectory;
using Convening.Storage.OrganisationDirectory;
using Convening.Storage.Tests.Sqlite;
using Convening.Testing;

namespace Convening.Storage.Tests.OrganisationDirectory;

/// <summary>
/// The directory index's folder on a disk that fails (real file systems: a tmpfs that fills up, a
/// read-only mount): each fault is told with the databases' storage codes, searches keep answering
/// from what the index holds, and the index catches up by itself once the disk mends.
/// </summary>
public sealed class IndexFolderFaultTests : IDisposable
{
    private readonly SqliteHarness _db = new();

    public void Dispose()
    {
        _db.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task IndexFolderOnAReadOnlyMount_IsToldAsStorageReadOnly_KeepsAnswering_AndCatchesUpOnceWritable()
    {
        using var disk = Mount.Tmpfs(16);
        using var index = new LuceneDirectoryIndex(Path.Combine(disk.Path, "index"), _db.Log);
        var docs = GeneratedDirectory.Documents(21);
        var version = await GeneratedDirectory.Publish(_db.Log, docs.Take(20).Select(Change));
        await index.CatchUp(version);

        disk.Remount(readOnly: true);
        try
        {
            var later = await GeneratedDirectory.Publish(_db.Log, [Change(docs[20])], version);
            var fault = await Assert.ThrowsAsync<StorageUnavailableException>(() => index.CatchUp(later));
            Assert.Equal(StorageUnavailableException.ReadOnly, fault.Code);
            Assert.Contains("read-only", fault.Message, StringComparison.Ordinal);
            Assert.Equal(20, (await index.Search(new DirectoryQuery())).Page.TotalCount);

            disk.Remount(readOnly: false);
            await index.CatchUp(later);
            Assert.Equal(21, (await index.Search(new DirectoryQuery())).Page.TotalCount);
        }
        finally
        {
            disk.Remount(readOnly: false);
        }
    }

    [Fact]
    public async Task IndexFolderOnAFullDisk_IsToldAsStorageFull_AndCatchesUpOnceThereIsRoom()
    {
        using var disk = Mount.Tmpfs(8);
        using var index = new LuceneDirectoryIndex(Path.Combine(disk.Path, "index"), _db.Log);
        var version = await GeneratedDirectory.Publish(_db.Log, GeneratedDirectory.Documents(200).Select(Change));
        disk.Fill();

        var fault = await Assert.ThrowsAsync<StorageUnavailableException>(() => index.CatchUp(version));
        Assert.Equal(StorageUnavailableException.Full, fault.Code);

        disk.Free();
        await index.CatchUp(version);
        Assert.Equal(200, (await index.Search(new DirectoryQuery())).Page.TotalCount);
    }

    private static DirectoryChange Change(DirectoryDocument document) => new(document.Id, document);
}
