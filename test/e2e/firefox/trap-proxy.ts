// A loopback listener Firefox uses as its proxy: whatever would have left the machine arrives
// here instead, is recorded (first line: `CONNECT host:443` or `GET http://...`) and dropped.
import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface TrapProxy {
  port: number;
  hits: string[];
  close(): Promise<void>;
}

export async function trapProxy(): Promise<TrapProxy> {
  const hits: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.once('data', (chunk) => {
      hits.push(chunk.toString('latin1').split('\r\n', 1)[0]!.slice(0, 200));
      socket.destroy();
    });
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    hits,
    close: () =>
      new Promise<void>((done) => {
        for (const s of sockets) s.destroy();
        server.close(() => done());
      }),
  };
}
