module github.com/contractkit/starrocks-sync-go

go 1.23
