// Command modzip packs the assembled SDK module as the Go module proxy serves it, with
// golang.org/x/mod/zip (the go command's own zip code, so the archive obeys every rule the go
// command checks when it downloads a module): a file-system proxy
// <proxy>/<module path>/@v/{list,<version>.info,<version>.mod,<version>.zip}, usable with
// GOPROXY=file://<proxy>, and a copy of the zip in <target>.
//
// Usage: go run . <module dir> <proxy dir> <target dir>
//
// The version is "v" + the Version constant of the module (generated from the OpenAPI
// document's info.version). Only the Go sources, go.mod, go.sum and the README are packed:
// the tests need the stub and the vectors of this repository and are no use to a consumer.
package main

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
	modzip "golang.org/x/mod/zip"
)

func main() {
	if len(os.Args) != 4 {
		fail(fmt.Errorf("usage: go run . <module dir> <proxy dir> <target dir>"))
	}
	moduleDir, proxyDir, targetDir := os.Args[1], os.Args[2], os.Args[3]
	if err := run(moduleDir, proxyDir, targetDir); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "modzip:", err)
	os.Exit(1)
}

func run(moduleDir, proxyDir, targetDir string) error {
	goMod, err := os.ReadFile(filepath.Join(moduleDir, "go.mod"))
	if err != nil {
		return err
	}
	modulePath := modfile.ModulePath(goMod)
	if modulePath == "" {
		return fmt.Errorf("%s/go.mod names no module", moduleDir)
	}
	version, err := sdkVersion(moduleDir)
	if err != nil {
		return err
	}
	mv := module.Version{Path: modulePath, Version: "v" + version}
	if err := module.Check(mv.Path, mv.Version); err != nil {
		return err
	}
	files, err := moduleFiles(moduleDir)
	if err != nil {
		return err
	}
	escaped, err := module.EscapePath(mv.Path)
	if err != nil {
		return err
	}
	versionDir := filepath.Join(proxyDir, filepath.FromSlash(escaped), "@v")
	if err := os.RemoveAll(versionDir); err != nil {
		return err
	}
	if err := os.MkdirAll(versionDir, 0o755); err != nil {
		return err
	}
	zipPath := filepath.Join(versionDir, mv.Version+".zip")
	out, err := os.Create(zipPath)
	if err != nil {
		return err
	}
	if err := modzip.Create(out, mv, files); err != nil {
		out.Close()
		return err
	}
	if err := out.Close(); err != nil {
		return err
	}
	if _, err := modzip.CheckZip(mv, zipPath); err != nil {
		return err
	}
	info, err := json.Marshal(map[string]string{"Version": mv.Version, "Time": time.Now().UTC().Format(time.RFC3339)})
	if err != nil {
		return err
	}
	for name, content := range map[string][]byte{
		"list":               []byte(mv.Version + "\n"),
		mv.Version + ".info": info,
		mv.Version + ".mod":  goMod,
	} {
		if err := os.WriteFile(filepath.Join(versionDir, name), content, 0o644); err != nil {
			return err
		}
	}
	copyPath := filepath.Join(targetDir, "starrocks-sync-go-"+mv.Version+".zip")
	if err := copyFile(zipPath, copyPath); err != nil {
		return err
	}
	fmt.Printf("modzip: %s@%s, %d files: %s (proxy: %s)\n", mv.Path, mv.Version, len(files), copyPath, proxyDir)
	return nil
}

// sdkVersion reads the Version constant of the module's Go files.
func sdkVersion(moduleDir string) (string, error) {
	fileSet := token.NewFileSet()
	parsed, err := parser.ParseFile(fileSet, filepath.Join(moduleDir, "version.go"), nil, 0)
	if err != nil {
		return "", err
	}
	for _, declaration := range parsed.Decls {
		general, ok := declaration.(*ast.GenDecl)
		if !ok || general.Tok != token.CONST {
			continue
		}
		for _, spec := range general.Specs {
			value := spec.(*ast.ValueSpec)
			for i, name := range value.Names {
				if name.Name == "Version" && i < len(value.Values) {
					if literal, ok := value.Values[i].(*ast.BasicLit); ok && literal.Kind == token.STRING {
						return strconv.Unquote(literal.Value)
					}
				}
			}
		}
	}
	return "", fmt.Errorf("%s/version.go has no string constant Version", moduleDir)
}

type file struct {
	root, slashPath string
}

func (f file) Path() string { return f.slashPath }

func (f file) Lstat() (os.FileInfo, error) {
	return os.Lstat(filepath.Join(f.root, filepath.FromSlash(f.slashPath)))
}

func (f file) Open() (io.ReadCloser, error) {
	return os.Open(filepath.Join(f.root, filepath.FromSlash(f.slashPath)))
}

func moduleFiles(root string) ([]modzip.File, error) {
	var files []modzip.File
	err := filepath.WalkDir(root, func(path string, entry os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		relative, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		name := entry.Name()
		if entry.IsDir() {
			if path != root && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if !shipped(name) {
			return nil
		}
		files = append(files, file{root: root, slashPath: filepath.ToSlash(relative)})
		return nil
	})
	return files, err
}

func copyFile(from, to string) error {
	content, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, content, 0o644)
}

// shipped says which files a consumer gets: the Go sources (no tests), go.mod, go.sum and the
// README. The generator's other output (api/openapi.yaml, .openapi-generator/) stays out.
func shipped(name string) bool {
	switch name {
	case "go.mod", "go.sum", "README.md", "LICENSE":
		return true
	}
	return strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go")
}
