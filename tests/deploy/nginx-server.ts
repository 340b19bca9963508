/**
 * Runs Debian's nginx for a test: the snippet rendered from deploy/ by deploy/render-nginx.sh (the same
 * one a host installs), inside a throwaway nginx.conf whose every path (pid, logs, temp files, web root)
 * is under a temp dir. nginx runs in the foreground (`daemon off`) as our child and is stopped by its PID.
 *
 * The web root holds a symlink `<root><base>` → a build directory, so `setBuild()` swaps build A for
 * build B at the same origin, as a host deploying a new version does.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises'
import { createConnection } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx'
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so'
/** Loopback ports for nginx (root, sub-path, engines): NGINX_PORT, +1, +2. */
export const NGINX_PORT = Number(process.env.NGINX_PORT ?? 8217)

export interface NginxServer {
  /** `http://127.0.0.1:<port>` */
  origin: string
  /** origin + base, e.g. `http://127.0.0.1:8218/zhicheng/` */
  appUrl: string
  base: string
  /** Points the served base path at another build (atomic symlink swap). */
  setBuild(dir: string): Promise<void>
  /** The rendered snippet (for the record in failures). */
  snippet: string
  errorLog(): Promise<string>
  stop(): Promise<void>
}

function waitForPort(port: number, child: ChildProcess, log: () => string, timeoutMs = 10_000): Promise<void> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`nginx exited ${child.exitCode}:\n${log()}`))
      const socket = createConnection({ host: '127.0.0.1', port })
      socket.once('connect', () => {
        socket.destroy()
        resolve()
      })
      socket.once('error', () => {
        socket.destroy()
        if (Date.now() - started > timeoutMs) reject(new Error(`nginx did not listen on ${port}:\n${log()}`))
        else setTimeout(attempt, 50)
      })
    }
    attempt()
  })
}

export async function startNginx(options: { build: string; base?: string; port: number }): Promise<NginxServer> {
  const base = options.base ?? '/'
  const dir = await mkdtemp(join(tmpdir(), 'nginx-'))
  const root = join(dir, 'www')
  const link = join(root, base)
  await mkdir(dirname(link.replace(/\/$/, '')), { recursive: true })
  await symlink(options.build, link.replace(/\/$/, ''))
  const brotli = existsSync(BROTLI_MODULE)
  const snippet = execFileSync(
    'bash',
    [join(process.cwd(), 'deploy/render-nginx.sh'), '--base', base, '--root', root, '--brotli', brotli ? 'on' : 'off'],
    { encoding: 'utf8' },
  )
  await writeFile(join(dir, 'zhicheng.conf'), snippet)
  const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`
  const conf = [
    // Root in CI: workers would otherwise run as nobody, who cannot read a build under /root or /work.
    process.getuid?.() === 0 ? 'user root;' : '',
    brotli ? `load_module ${BROTLI_MODULE};` : '',
    'daemon off;',
    'master_process on;',
    'worker_processes 1;',
    `pid ${join(dir, 'nginx.pid')};`,
    `error_log ${join(dir, 'error.log')} warn;`,
    'events { worker_connections 128; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    `  access_log ${join(dir, 'access.log')};`,
    `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
    '  sendfile on;',
    '  server_tokens off;',
    '  server {',
    `    listen 127.0.0.1:${options.port};`,
    '    server_name localhost;',
    `    include ${join(dir, 'zhicheng.conf')};`,
    '  }',
    '}',
    '',
  ].join('\n')
  const confPath = join(dir, 'nginx.conf')
  await writeFile(confPath, conf)
  let output = ''
  const child = spawn(NGINX, ['-p', dir, '-c', confPath], { stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout!.on('data', (b: Buffer) => (output += b.toString()))
  child.stderr!.on('data', (b: Buffer) => (output += b.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  await waitForPort(options.port, child, () => output)
  const origin = `http://127.0.0.1:${options.port}`
  return {
    origin,
    appUrl: origin + base,
    base,
    snippet,
    async setBuild(build: string) {
      const tmp = `${link.replace(/\/$/, '')}.next`
      await rm(tmp, { force: true })
      await symlink(build, tmp)
      await rename(tmp, link.replace(/\/$/, ''))
    },
    errorLog: () => readFile(join(dir, 'error.log'), 'utf8').catch(() => ''),
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGQUIT') // graceful: the master stops its worker, then exits
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
        await exited
        clearTimeout(timer)
      }
      await rm(dir, { recursive: true, force: true })
    },
  }
}

/** `vite build` of the current sources into `outDir`, with an app version and a base path. */
export function viteBuild(outDir: string, env: { APP_VERSION?: string; BASE_PATH?: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        join(process.cwd(), 'node_modules/vite/bin/vite.js'),
        'build',
        '--outDir',
        outDir,
        '--emptyOutDir',
        '--logLevel',
        'error',
      ],
      { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] },
    )
    let stderr = ''
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build (${JSON.stringify(env)}) exited ${code}:\n${stderr}`)),
    )
  })
}
