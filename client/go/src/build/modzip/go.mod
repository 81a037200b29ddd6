module github.com/contractkit/starrocks-sync-go/build/modzip

go 1.23.0

require golang.org/x/mod v0.27.0
